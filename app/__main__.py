import sys

from mt.cli import main

sys.exit(main(["serve", *sys.argv[1:]]))
