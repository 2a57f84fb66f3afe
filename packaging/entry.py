"""The frozen app's entry: the same ``veldwerk`` command as the pip-installed one."""

from ui.launcher import main

if __name__ == "__main__":
    main()
