import sys

from factlint.cli.main import main

sys.exit(main())
