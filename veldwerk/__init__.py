"""Veldwerk core: domain, storage and every capability, free of Qt."""

__version__ = "0.1.0"
