"""Create .venv and install requirements.txt into it from wheels/, offline."""

import subprocess
import sys
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main():
    env_dir = HERE / ".venv"
    venv.create(env_dir, with_pip=False, system_site_packages=False)
    env_python = env_dir / "bin" / "python"
    subprocess.run(
        [
            sys.executable, "-m", "pip",
            "--python", str(env_python),
            "install",
            "--find-links", str(HERE / "wheels"),
            "-r", str(HERE / "requirements.txt"),
        ],
        check=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
