; AkimDesk installer (NSIS 3, Unicode, Modern UI 2). Wraps a Windows PyInstaller folder; build it with
;   python installer/build.py installer --source dist/AkimDesk
; which runs: makensis -DVERSION=0.1.0 -DVERSION4=0.1.0.0 -DSOURCE=<folder> -DOUTFILE=<exe> akimdesk.nsi
;
; Modes (MultiUser.nsh): per-user without administrator rights (default), or for all users. Silent:
;   AkimDesk-Setup-X.exe /S [/CurrentUser | /AllUsers] [/D=C:\Path\AkimDesk]   (/D last, no quotes)
;   Uninstall.exe /S [/REMOVEDATA]       (without /REMOVEDATA the user's database is kept)

Unicode true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "define VERSION (python installer/build.py passes it)"
!endif
!ifndef VERSION4
  !define VERSION4 "${VERSION}.0"
!endif
!ifndef SOURCE
  !error "define SOURCE, the PyInstaller output folder (AkimDesk.exe and _internal)"
!endif
!ifndef OUTFILE
  !define OUTFILE "AkimDesk-Setup-${VERSION}.exe"
!endif

!define APP "AkimDesk"
!define PUBLISHER "AkimDesk"
!define EXE "AkimDesk.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define PROGID "AkimDesk.Package"
!define PACKAGE_EXT ".akimpkg"

Name "${APP}"
OutFile "${OUTFILE}"
BrandingText "${APP} ${VERSION}"

; --- per-user or all users ------------------------------------------------------------------------
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINSTALL_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!define MULTIUSER_USE_PROGRAMFILES64
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh

; --- version information (the Details tab of the .exe) -------------------------------------------
VIProductVersion "${VERSION4}"
VIFileVersion "${VERSION4}"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}"

; --- pages ---------------------------------------------------------------------------------------
!define MUI_ICON "${SOURCE}\_internal\akimdesk\resources\icons\akimdesk.ico"
!define MUI_UNICON "${SOURCE}\_internal\akimdesk\resources\icons\akimdesk.ico"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "Software\${APP}\Installer"
!define MUI_LANGDLL_REGISTRY_VALUENAME "Language"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGEEX "${__FILEDIR__}\nsis" "Kazakh"
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_RESERVEFILE_LANGDLL

; --- our own strings: Russian, Kazakh, English ----------------------------------------------------
LangString SecProgram ${LANG_RUSSIAN} "Программа"
LangString SecProgram ${LANG_KAZAKH} "Бағдарлама"
LangString SecProgram ${LANG_ENGLISH} "Program"
LangString SecProgramInfo ${LANG_RUSSIAN} "AkimDesk и ярлык в меню «Пуск»."
LangString SecProgramInfo ${LANG_KAZAKH} "AkimDesk және «Бастау» мәзіріндегі белгіше."
LangString SecProgramInfo ${LANG_ENGLISH} "AkimDesk and its Start-menu shortcut."
LangString SecDesktop ${LANG_RUSSIAN} "Ярлык на рабочем столе"
LangString SecDesktop ${LANG_KAZAKH} "Жұмыс үстеліндегі белгіше"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecAssoc ${LANG_RUSSIAN} "Открывать пакеты AkimDesk (.akimpkg) для проверки"
LangString SecAssoc ${LANG_KAZAKH} "AkimDesk пакеттерін (.akimpkg) тексеру үшін ашу"
LangString SecAssoc ${LANG_ENGLISH} "Open AkimDesk packages (.akimpkg) for verification"
LangString SecAssocInfo ${LANG_RUSSIAN} "Двойной щелчок по пакету .akimpkg открывает проверку пакета; у ZIP-архивов в контекстном меню появляется «Проверить в AkimDesk»."
LangString SecAssocInfo ${LANG_KAZAKH} ".akimpkg пакетін екі рет басқанда пакетті тексеру ашылады; ZIP мұрағаттарының мәтінмәндік мәзірінде «AkimDesk-те тексеру» пайда болады."
LangString SecAssocInfo ${LANG_ENGLISH} "Double-clicking an .akimpkg package opens package verification; ZIP archives get 'Verify in AkimDesk' in their context menu."
LangString PackageType ${LANG_RUSSIAN} "Пакет AkimDesk"
LangString PackageType ${LANG_KAZAKH} "AkimDesk пакеті"
LangString PackageType ${LANG_ENGLISH} "AkimDesk package"
LangString VerifyVerb ${LANG_RUSSIAN} "Проверить в AkimDesk"
LangString VerifyVerb ${LANG_KAZAKH} "AkimDesk-те тексеру"
LangString VerifyVerb ${LANG_ENGLISH} "Verify in AkimDesk"
LangString ShortcutComment ${LANG_RUSSIAN} "Встречи акимов с населением"
LangString ShortcutComment ${LANG_KAZAKH} "Әкімдердің халықпен кездесулері"
LangString ShortcutComment ${LANG_ENGLISH} "Akims' meetings with the population"
LangString UnSecProgram ${LANG_RUSSIAN} "Программа и ярлыки"
LangString UnSecProgram ${LANG_KAZAKH} "Бағдарлама және белгішелер"
LangString UnSecProgram ${LANG_ENGLISH} "Program and shortcuts"
LangString UnSecData ${LANG_RUSSIAN} "Мои данные: база данных, резервные копии, вложения, настройки"
LangString UnSecData ${LANG_KAZAKH} "Менің деректерім: дерекқор, сақтық көшірмелер, тіркемелер, баптаулар"
LangString UnSecData ${LANG_ENGLISH} "My data: database, backups, attachments, settings"
LangString UnSecDataInfo ${LANG_RUSSIAN} "Не отмечено: данные остаются в $LOCALAPPDATA\AkimDesk и будут открыты после переустановки."
LangString UnSecDataInfo ${LANG_KAZAKH} "Белгіленбесе: деректер $LOCALAPPDATA\AkimDesk ішінде қалады және қайта орнатқаннан кейін ашылады."
LangString UnSecDataInfo ${LANG_ENGLISH} "Unchecked: the data stays in $LOCALAPPDATA\AkimDesk and opens again after a reinstall."

; --- install -------------------------------------------------------------------------------------
Section "!$(SecProgram)" SecProgramId
  SectionIn RO
  SetOutPath "$INSTDIR"
  RMDir /r "$INSTDIR\_internal"  ; an upgrade must not keep modules of the previous version
  File /r "${SOURCE}\*.*"
  WriteUninstaller "$INSTDIR\Uninstall.exe"

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" "$(ShortcutComment)"

  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallMode" "$MultiUser.InstallMode"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\Uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecDesktop)" SecDesktopId
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0 SW_SHOWNORMAL "" "$(ShortcutComment)"
SectionEnd

Section "$(SecAssoc)" SecAssocId
  ; SHCTX is HKCU\Software\Classes per user, HKLM for all users
  WriteRegStr SHCTX "Software\Classes\${PACKAGE_EXT}" "" "${PROGID}"
  WriteRegStr SHCTX "Software\Classes\${PACKAGE_EXT}" "Content Type" "application/zip"
  WriteRegStr SHCTX "Software\Classes\${PROGID}" "" "$(PackageType)"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\DefaultIcon" "" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "Software\Classes\${PROGID}\shell\open\command" "" '"$INSTDIR\${EXE}" "%1"'
  ; ZIP packages keep Explorer as their default; AkimDesk is only an extra verb in their menu
  WriteRegStr SHCTX "Software\Classes\SystemFileAssociations\.zip\shell\${PROGID}.Verify" "" "$(VerifyVerb)"
  WriteRegStr SHCTX "Software\Classes\SystemFileAssociations\.zip\shell\${PROGID}.Verify" "Icon" "$INSTDIR\${EXE},0"
  WriteRegStr SHCTX "Software\Classes\SystemFileAssociations\.zip\shell\${PROGID}.Verify\command" "" '"$INSTDIR\${EXE}" "%1"'
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgramId} "$(SecProgramInfo)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktopId} "$(SecDesktop)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecAssocId} "$(SecAssocInfo)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

Function .onInit
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

; --- uninstall -----------------------------------------------------------------------------------
Section "un.$(UnSecProgram)" UnSecProgramId
  SectionIn RO
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$DESKTOP\${APP}.lnk"
  ReadRegStr $0 SHCTX "Software\Classes\${PACKAGE_EXT}" ""
  StrCmp $0 "${PROGID}" 0 +2
    DeleteRegKey SHCTX "Software\Classes\${PACKAGE_EXT}"
  DeleteRegKey SHCTX "Software\Classes\${PROGID}"
  DeleteRegKey SHCTX "Software\Classes\SystemFileAssociations\.zip\shell\${PROGID}.Verify"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\akimdesk-cli.exe"
  Delete "$INSTDIR\Uninstall.exe"
  RMDir "$INSTDIR"  ; only when empty: a portable data folder someone put there survives
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "Software\${APP}\Installer"
SectionEnd

; Unchecked unless the user asks (or /REMOVEDATA on a silent uninstall): the database is the akimat's
; record of meetings and issues and outlives the program.
Section /o "un.$(UnSecData)" UnSecDataId
  RMDir /r "$LOCALAPPDATA\${APP}"  ; platformdirs: %LOCALAPPDATA%\AkimDesk\AkimDesk
  DeleteRegKey HKCU "Software\${APP}"  ; Qt settings (QSettings): window, language, last choices
SectionEnd

!insertmacro MUI_UNFUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecProgramId} "$(UnSecProgram)"
  !insertmacro MUI_DESCRIPTION_TEXT ${UnSecDataId} "$(UnSecDataInfo)"
!insertmacro MUI_UNFUNCTION_DESCRIPTION_END

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
  ${GetParameters} $0
  ClearErrors
  ${GetOptions} $0 "/REMOVEDATA" $1
  IfErrors +2 0
    SectionSetFlags ${UnSecDataId} ${SF_SELECTED}
FunctionEnd
