# Builds the Windows installer. Run on Windows with Python 3.11+ and Inno Setup 6 (iscc on PATH).
# Built and tested on Windows, not on the project's Linux machines.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
python -m venv .venv-win
.venv-win\Scripts\pip install . pyinstaller
.venv-win\Scripts\python packaging\build.py
$version = (.venv-win\Scripts\python -c "import scheduler_app; print(scheduler_app.__version__)").Trim()
iscc "/DAppVersion=$version" packaging\windows\scheduler-app.iss
dist\scheduler-app\scheduler-app.exe --version
