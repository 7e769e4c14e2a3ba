"""``python -m eventwire``: the command line."""

from eventwire.cli import main

main()
