"""The PySide6 application. Imports veldwerk; the core never imports this package."""
