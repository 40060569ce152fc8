; Inno Setup script for ITU Meeting Planner on Windows. Built and tested on Windows, not here.
; 1. python packaging\build.py                    (icons + PyInstaller one-folder build in dist\)
; 2. iscc /DAppVersion=<version> packaging\windows\scheduler-app.iss
;    where <version> is `python -c "import scheduler_app; print(scheduler_app.__version__)"`;
;    packaging\windows\build.ps1 does both steps.
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z (it comes from scheduler_app.__version__)
#endif

[Setup]
AppId={{6F1C2A52-6D38-4F0E-9A55-2B1F4C7D9E10}
AppName=ITU Meeting Planner
AppVersion={#AppVersion}
AppPublisher=ITU Meeting Planner developers
DefaultDirName={autopf}\ITU Meeting Planner
DefaultGroupName=ITU Meeting Planner
OutputDir=..\..\dist
OutputBaseFilename=scheduler-app-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\scheduler-app.ico
UninstallDisplayIcon={app}\scheduler-app.exe
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
LicenseFile=..\..\resources\licenses\LGPL-3.0.txt

[Files]
Source: "..\..\dist\scheduler-app\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\ITU Meeting Planner"; Filename: "{app}\scheduler-app.exe"; Parameters: "gui"
Name: "{autodesktop}\ITU Meeting Planner"; Filename: "{app}\scheduler-app.exe"; Parameters: "gui"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked

[Run]
Filename: "{app}\scheduler-app.exe"; Parameters: "gui"; Description: "Start ITU Meeting Planner"; Flags: nowait postinstall skipifsilent
