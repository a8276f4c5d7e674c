"""Create .venv without pip, then install requirements.txt into it from
wheels/, offline, with the pip of the interpreter running this script."""

import subprocess
import sys
import venv
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENV = HERE / ".venv"


def main():
    if not (ENV / "pyvenv.cfg").exists():
        venv.EnvBuilder(with_pip=False).create(ENV)
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(ENV / "bin" / "python"),
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--no-index",
            "--find-links",
            str(HERE / "wheels"),
            "--requirement",
            str(HERE / "requirements.txt"),
        ],
        check=True,
    )


if __name__ == "__main__":
    main()
