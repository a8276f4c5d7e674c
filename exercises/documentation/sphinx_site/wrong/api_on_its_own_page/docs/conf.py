"""Sphinx configuration for the shapes documentation (leave as it is)."""

import os
import sys

sys.path.insert(0, os.path.abspath(".."))

project = "shapes"
author = "You"
extensions = ["sphinx.ext.autodoc", "sphinx.ext.napoleon"]
napoleon_google_docstring = True
nitpicky = True
html_theme = "basic"
