; Inno Setup 6.3 or newer: installs the PyInstaller bundle dist\accredit-tracker\ for one
; user, without administrator rights, and writes dist\accredit-tracker-<version>-setup.exe.
;
; Build the bundle first (see packaging\README.md), then from the repository root:
;
;   iscc packaging\windows\accredit-tracker.iss
;
; The version is read from dist\accredit-tracker\accredit-tracker.exe, whose version resource
; the PyInstaller spec fills from pyproject.toml; /DAppVersion=1.2.3 overrides it.
; /DBundleDir=... takes the bundle from another folder, given relative to this file.
;
; Installs to %LOCALAPPDATA%\Programs\Accredit Tracker. An administrator can choose "install
; for all users" in the first dialog (or run the installer with /ALLUSERS), which installs to
; Program Files and registers the file type machine-wide.

#define AppName "Accredit Tracker"
#define AppExeName "accredit-tracker.exe"
#define ProgId "AccreditTracker.Project"

#ifndef BundleDir
  #define BundleDir "..\..\dist\accredit-tracker"
#endif
#ifndef AppVersion
  #define AppVersion GetFileProductVersionString(AddBackslash(SourcePath) + BundleDir + "\" + AppExeName)
#endif
#if TypeOf(AppVersion) != TYPE_STRING
  #error Cannot read the version from accredit-tracker.exe: build the bundle first or pass /DAppVersion=x.y.z
#endif

[Setup]
; AppId identifies the application to Windows' uninstaller: never change it, or an update
; installs beside the old version instead of over it.
AppId={{BE0F784E-013E-4A86-A655-BE3773526EEF}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoProductName={#AppName}
VersionInfoProductTextVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
CloseApplications=yes
OutputDir=..\..\dist
OutputBaseFilename=accredit-tracker-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\accredit-tracker.ico
UninstallDisplayIcon={app}\{#AppExeName}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes

; Inno Setup ships English (Default.isl) and Russian. It ships no Uzbek messages; an
; unofficial Uzbek.isl from jrsoftware.org/files/istrans/ can be added as a third language.
[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"

[CustomMessages]
english.AssociateFiles=Open .accredit project files with {#AppName}
russian.AssociateFiles=Открывать файлы проектов .accredit в {#AppName}
english.FileTypeName=Accredit Tracker project
russian.FileTypeName=Проект Accredit Tracker

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "associate"; Description: "{cm:AssociateFiles}"

[InstallDelete]
; An update replaces the whole bundle: files left from an older version's _internal folder could
; be loaded in place of the new ones.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

; The .accredit file type, under HKEY_CURRENT_USER\Software\Classes for a per-user install
; (HKA is HKLM when installed for all users). Removed again by the uninstaller.
[Registry]
Root: HKA; Subkey: "Software\Classes\.accredit\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExeName},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExeName}"" ""%1"""; Tasks: associate

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
