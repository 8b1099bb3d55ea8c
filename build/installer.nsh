; Included by electron-builder's NSIS template (nsis.include). The uninstaller asks whether to delete the
; register's data; the answer defaults to keeping them, and an upgrade (which runs the old uninstaller with
; --updated) or a silent uninstall never asks and never deletes. The data folder is per user:
; %APPDATA%\judicial-office-ledger (electron/core/paths.ts APP_DIR_NAME), never inside the install folder.

!macro customUnInstall
  ${ifNot} ${isUpdated}
  ${andIfNot} ${Silent}
    ; Electron keeps app data per user even when the program was installed for all users.
    ${if} $installMode == "all"
      SetShellVarContext current
    ${endif}
    MessageBox MB_YESNO|MB_ICONQUESTION|MB_DEFBUTTON2 "是否同时删除本机的台账数据？$\r$\n$\r$\n数据包括数据库、附件、自动备份和单位密钥，位于：$\r$\n$APPDATA\judicial-office-ledger$\r$\n$\r$\n选择“否”（推荐）将保留数据，重新安装后可继续使用。$\r$\n选择“是”将永久删除，无法恢复。" /SD IDNO IDNO ledgerKeepData
      RMDir /r "$APPDATA\judicial-office-ledger"
    ledgerKeepData:
    ${if} $installMode == "all"
      SetShellVarContext all
    ${endif}
  ${endIf}
!macroend
