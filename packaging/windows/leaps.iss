; Inno Setup 6 script: installs the one-folder build and makes .leaps files open in the app.
; Build the app first (bash packaging/build, in Git Bash), then from the repository root:
;   iscc /DAppVersion=0.1.0 packaging\windows\leaps.iss
; The version must be pyproject.toml's; packaging/README.md shows how to pass it.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z packaging\windows\leaps.iss
#endif

#define AppName "LEAPS Catalogue"
#define AppExe "leaps.exe"
#define ProgId "LEAPS.Bundle"

[Setup]
; A fixed id: changing it makes Windows treat a new version as another program.
AppId={{6F1C2B7E-4B8A-4E55-9C1D-1E2F4A7B9C30}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=LEAPS
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
; Installs per user by default (no administrator needed on a locked-down office PC); the dialog
; lets an administrator install for everyone.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\dist
OutputBaseFilename=leaps-catalogue-{#AppVersion}-windows-setup
SetupIconFile=..\icons\leaps.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/ultra64
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 needs Windows 10 1809 (build 17763) or later.
MinVersion=10.0.17763
ChangesAssociations=yes

[Files]
Source: "..\dist\leaps\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Registry]
; .leaps -> LEAPS.Bundle -> "leaps.exe" "%1". HKA is HKCU for a per-user install, HKLM for all users.
Root: HKA; Subkey: "Software\Classes\.leaps"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.leaps"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-leaps-bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.leaps\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "LEAPS bundle"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
; Lets "Open with" list the app by name.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".leaps"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
