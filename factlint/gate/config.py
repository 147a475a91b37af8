"""``[tool.factlint]`` configuration: which files, which rules at which severity, the fail level.

Found in the nearest ``pyproject.toml`` with a ``[tool.factlint]`` table, walking up from the
working directory, or named with ``--config FILE``. Unknown keys are errors that name the key,
so a typo never silently turns a check off.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from factlint.gate.exitcodes import FAIL_LEVELS
from factlint.records import InputError

SEVERITIES = ("fail", "warn", "off")
KEYS = ("include", "exclude", "rules", "severity", "fail-level", "model", "baseline", "overrides")
OVERRIDE_KEYS = ("paths", "rules", "severity")


class ConfigError(ValueError):
    """A configuration that cannot be used; the message names the file, the key and the fix."""


@dataclass(frozen=True)
class Override:
    paths: tuple[str, ...]
    rules: tuple[str, ...] | None = None
    severity: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Config:
    path: Path | None = None  # the file it was read from; None when there is none
    root: Path = Path(".")  # globs are relative to this folder (the config file's)
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    rules: tuple[str, ...] | None = None  # enabled rules or families; None = all
    severity: dict[str, str] = field(default_factory=dict)  # rule or family -> fail | warn | off
    fail_level: str | None = None
    model: str | None = None
    baseline: str | None = None  # resolved against root
    overrides: tuple[Override, ...] = ()

    def selects(self, path: str | Path) -> bool:
        """Whether include/exclude keep this file (named or found in a folder)."""
        rel = self.relative(path)
        if self.include and not any(glob_match(p, rel) for p in self.include):
            return False
        return not any(glob_match(p, rel) for p in self.exclude)

    def relative(self, path: str | Path) -> str:
        p = Path(path)
        try:
            return p.resolve().relative_to(self.root.resolve()).as_posix()
        except (ValueError, OSError):
            return p.as_posix()

    def rules_for(self, source: str) -> tuple[tuple[str, ...] | None, dict[str, str]]:
        """Enabled rules and severity overrides for one input file, per-path overrides applied in order."""
        rules, severity = self.rules, dict(self.severity)
        rel = self.relative(source) if "://" not in source else source
        for o in self.overrides:
            if any(glob_match(p, rel) for p in o.paths):
                if o.rules is not None:
                    rules = o.rules
                severity.update(o.severity)
        return rules, severity


def rule_selected(rule: str, selectors: tuple[str, ...] | None) -> bool:
    """A selector is a rule id or a family name (``arithmetic`` selects ``arithmetic.*``)."""
    return selectors is None or any(rule == s or rule.split(".")[0] == s for s in selectors)


def severity_of(rule: str, severity: dict[str, str]) -> str | None:
    """The configured severity of a rule; an exact rule id wins over its family."""
    return severity.get(rule) or severity.get(rule.split(".")[0])


def find_config(start: Path) -> Path | None:
    """The nearest pyproject.toml with a [tool.factlint] table, from ``start`` up to the root."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                raw = candidate.read_text(encoding="utf-8")
                data = tomllib.loads(raw)
            except (OSError, UnicodeDecodeError):
                continue
            except tomllib.TOMLDecodeError:
                if "tool.factlint" in raw:
                    return candidate  # ours, and broken: load() reports where
                continue  # someone else's broken pyproject is not ours to report
            if isinstance(data.get("tool"), dict) and "factlint" in data["tool"]:
                return candidate
    return None


def load(explicit: str | None = None, cwd: Path | None = None) -> Config:
    """Read ``--config FILE`` or the discovered pyproject.toml; an empty Config when there is none."""
    path = Path(explicit) if explicit else find_config((cwd or Path.cwd()).resolve())
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file; check the --config path") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config ({exc}); check the --config path") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML ({exc}); fix the syntax") from None
    tool = data.get("tool")
    if isinstance(tool, dict) and "factlint" in tool:
        table, prefix = tool["factlint"], "tool.factlint"
    elif path.name == "pyproject.toml":
        raise ConfigError(f"{path}: no [tool.factlint] table; add one or name another file with --config")
    else:  # a factlint.toml: the same keys at the top level
        table, prefix = data, ""
    return parse(table, path, prefix)


def parse(table: object, path: Path, prefix: str = "tool.factlint") -> Config:
    where = f"{path}: "
    key = (lambda k: f"{prefix}.{k}" if prefix else k)
    if not isinstance(table, dict):
        raise ConfigError(f"{where}'{prefix}' must be a table")
    _unknown(table, KEYS, where, key)
    root = path.resolve().parent
    fail_level = table.get("fail-level")
    if fail_level is not None and fail_level not in FAIL_LEVELS:
        raise ConfigError(f"{where}'{key('fail-level')}' is {fail_level!r}; use one of {', '.join(FAIL_LEVELS)}")
    model = table.get("model")
    if model is not None and (not isinstance(model, str) or not model.strip()):
        raise ConfigError(f"{where}'{key('model')}' must be a spaCy pipeline name, e.g. \"en_core_web_sm\"")
    baseline = table.get("baseline")
    if baseline is not None and not isinstance(baseline, str):
        raise ConfigError(f"{where}'{key('baseline')}' must be a file path")
    overrides = table.get("overrides", [])
    if not isinstance(overrides, list) or not all(isinstance(o, dict) for o in overrides):
        raise ConfigError(f"{where}'{key('overrides')}' must be an array of tables: [[{key('overrides')}]]")
    parsed = []
    for i, o in enumerate(overrides):
        okey = (lambda k, i=i: key(f"overrides[{i}].{k}"))
        _unknown(o, OVERRIDE_KEYS, where, okey)
        if "paths" not in o:
            raise ConfigError(f"{where}'{key(f'overrides[{i}]')}' has no 'paths'; say which files it applies to")
        parsed.append(Override(paths=_globs(o["paths"], where, okey("paths")),
                               rules=_rules(o.get("rules"), where, okey("rules")),
                               severity=_severity(o.get("severity", {}), where, okey("severity"))))
    return Config(
        path=path, root=root,
        include=_globs(table.get("include", []), where, key("include")),
        exclude=_globs(table.get("exclude", []), where, key("exclude")),
        rules=_rules(table.get("rules"), where, key("rules")),
        severity=_severity(table.get("severity", {}), where, key("severity")),
        fail_level=fail_level, model=model,
        baseline=str(root / baseline) if baseline else None,
        overrides=tuple(parsed),
    )


def _unknown(table: dict, known: tuple[str, ...], where: str, key) -> None:
    for k in table:
        if k not in known:
            hint = next((c for c in known if c.replace("-", "_") == str(k).replace("-", "_")), None)
            fix = f"did you mean '{key(hint)}'?" if hint else f"known keys: {', '.join(known)}"
            raise ConfigError(f"{where}unknown key '{key(k)}'; {fix}")


def _globs(value: object, where: str, name: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise ConfigError(f"{where}'{name}' must be a list of glob patterns, e.g. [\"articles/**/*.md\"]")
    return tuple(value)


def known_rules() -> dict[str, str]:
    import checks

    return dict(checks.RULES)


def _check_rule(name: str, where: str, key: str) -> None:
    rules = known_rules()
    families = {r.split(".")[0] for r in rules}
    if name not in rules and name not in families:
        raise ConfigError(f"{where}'{key}' names unknown rule {name!r}; known rules: {', '.join(sorted(rules))}")


def _rules(value: object, where: str, name: str) -> tuple[str, ...] | None:
    if value is None:
        return None
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}'{name}' must be a list of rule ids or families, e.g. [\"arithmetic\"]")
    for v in value:
        _check_rule(v, where, name)
    return tuple(value)


def _severity(value: object, where: str, name: str) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}'{name}' must be a table of rule = \"fail\" | \"warn\" | \"off\"")
    for rule, level in value.items():
        _check_rule(rule, where, f"{name}.{rule}")
        if level not in SEVERITIES:
            raise ConfigError(f"{where}'{name}.{rule}' is {level!r}; use one of {', '.join(SEVERITIES)}")
    return dict(value)


@lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern:
    """gitignore-like globs: ``**`` spans folders, ``*``/``?`` stay within one, ``[..]`` classes;
    a pattern without ``/`` matches a file or folder name at any depth."""
    pat = pattern.strip()
    anchored = "/" in pat.rstrip("/")
    pat = pat.strip("/")
    out, i = [], 0
    while i < len(pat):
        ch = pat[i]
        if pat.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif ch == "*":
            out.append("[^/]*")
            i += 1
        elif ch == "?":
            out.append("[^/]")
            i += 1
        elif ch == "[":
            end = pat.find("]", i + 1)
            if end == -1:
                out.append(re.escape(ch))
                i += 1
            else:
                body = pat[i + 1:end]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = end + 1
        else:
            out.append(re.escape(ch))
            i += 1
    body = "".join(out)
    return re.compile(("" if anchored else "(?:.*/)?") + body + "(?:/.*)?")


def glob_match(pattern: str, path: str) -> bool:
    """Whether ``path`` (posix, relative to the config folder) or a folder above it matches."""
    return _glob_regex(pattern).fullmatch(path) is not None


def select_inputs(paths: list[str], config: Config) -> tuple[list[str], list[InputError], int]:
    """Apply include/exclude: the files to read, errors met while listing, and how many were left out.
    Remote inputs (URLs, @sources files) are passed through untouched."""
    if not (config.include or config.exclude):
        return list(paths), [], 0
    from factlint.inputs.ingest import expand_paths

    remote = _remote_test()
    errors: list[InputError] = []
    kept: list[str] = []
    excluded = 0
    local = [p for p in paths if not remote(p)]
    for f in expand_paths(local, errors):
        if config.selects(f):
            kept.append(str(f))
        else:
            excluded += 1
    kept.extend(p for p in paths if remote(p))
    return kept, errors, excluded


def _remote_test():
    try:
        from factlint.inputs.feeds import is_remote
    except ImportError:  # an install without URL support
        return lambda raw: "://" in raw
    return is_remote
