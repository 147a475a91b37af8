import pytest

from factlint.extract.numbers import format_number, parse_digits, parse_words


@pytest.mark.parametrize("words, value", [
    (["eight"], 8), (["Two"], 2), (["twenty", "five"], 25), (["twenty-five"], 25),
    (["one", "hundred", "and", "five"], 105), (["a", "dozen"], 12), (["a", "couple"], 2),
    (["one", "and", "a", "half"], 1.5), (["two-thirds"], 2 / 3), (["1.5", "million"], 1_500_000),
    (["2.4", "billion"], 2_400_000_000), (["1,500"], 1500),
])
def test_parse_words(words, value):
    assert parse_words(words) == pytest.approx(value)


@pytest.mark.parametrize("words", [["eighth"], ["F-16"], ["hello"], []])
def test_parse_words_rejects_non_numbers(words):
    assert parse_words(words) is None


@pytest.mark.parametrize("text, value", [("1,500", 1500), ("8.5", 8.5), ("-0", 0), ("9999999999999999999999", 1e22)])
def test_parse_digits(text, value):
    assert parse_digits(text) == value


@pytest.mark.parametrize("text", ["1e308", "1,2,3,4", "3:30", "555-1234", "12a"])
def test_parse_digits_rejects(text):
    assert parse_digits(text) is None


def test_format_number():
    assert format_number(10.0) == "10"
    assert format_number(1_500_000.0) == "1,500,000"
    assert format_number(2.5) == "2.5"
    assert format_number(4.1 * 1_000_000) == "4,100,000"  # scaling's float noise (4099999.9999999995) is rounded off
