"""Create .venv and install requirements.txt into it from wheels/, offline."""
