"""Allow ``python -m impact_desktop`` as well as the ``impact-desktop`` script."""

from impact_desktop.cli import main

if __name__ == "__main__":
    main()
