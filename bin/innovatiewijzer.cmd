@echo off
rem Innovatiewijzer, started quickly: "bin\innovatiewijzer assess FILE" does what
rem "java -jar innovatiewijzer.jar assess FILE" does, with the same output and exit codes.
rem It keeps an archive of the loaded classes (class-data sharing) in the cache folder, made by
rem the first run that succeeds and made again when the jar or Java changes, and starts short
rem runs with the quick compiler only; serve and a folder of projects get Java's normal settings.
rem Settings: JAVA_HOME, INNOVATIEWIJZER_JAR, INNOVATIEWIJZER_CACHE, INNOVATIEWIJZER_JAVA_OPTIONS,
rem INNOVATIEWIJZER_NO_ARCHIVE=1.
setlocal EnableExtensions

set "IW_HOME=%~dp0.."
if defined INNOVATIEWIJZER_JAR (
  set "IW_JAR=%INNOVATIEWIJZER_JAR%"
) else if exist "%IW_HOME%\innovatiewijzer.jar" (
  set "IW_JAR=%IW_HOME%\innovatiewijzer.jar"
) else (
  set "IW_JAR=%IW_HOME%\target\innovatiewijzer.jar"
)
if not exist "%IW_JAR%" (
  echo innovatiewijzer: %IW_JAR% is missing; build it with: mvn -B package -DskipTests 1>&2
  exit /b 2
)
for %%J in ("%IW_JAR%") do set "IW_JAR=%%~fJ"

if defined JAVA_HOME (set "IW_JAVA=%JAVA_HOME%\bin\java.exe") else (set "IW_JAVA=java")

set "IW_OPTIONS=-XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -Ddrools.jittingThreshold=-1 -Dsun.reflect.inflationThreshold=2147483647"
if /i "%~1"=="serve" set "IW_OPTIONS="
for %%A in (%*) do if exist "%%~A\*" set "IW_OPTIONS="

set "IW_QUIET=-Xlog:cds=off -Xlog:cds+dynamic=off"
set "IW_COMMAND=%INNOVATIEWIJZER_COMMAND%"
if not defined IW_COMMAND set "IW_COMMAND=%~0"
if defined INNOVATIEWIJZER_NO_ARCHIVE goto plain

if defined INNOVATIEWIJZER_CACHE (
  set "IW_CACHE=%INNOVATIEWIJZER_CACHE%"
) else if defined XDG_CACHE_HOME (
  set "IW_CACHE=%XDG_CACHE_HOME%\innovatiewijzer"
) else (
  set "IW_CACHE=%USERPROFILE%\.cache\innovatiewijzer"
)
set "IW_FOLDER=%IW_CACHE%\classes"
if not exist "%IW_FOLDER%" mkdir "%IW_FOLDER%" 2>nul
if not exist "%IW_FOLDER%" goto plain

rem the archive belongs to this jar (its size and time) and this Java, with these settings
for %%J in ("%IW_JAR%") do set "IW_KEY=%%~zJ %%~tJ %%~fJ %IW_JAVA% %JAVA_HOME%"
set "IW_ARCHIVE=%IW_FOLDER%\innovatiewijzer.jsa"
set "IW_WHOLE="
if exist "%IW_ARCHIVE%" if exist "%IW_ARCHIVE%.key" if exist "%IW_ARCHIVE%.size" (
  set /p IW_STORED_KEY=<"%IW_ARCHIVE%.key"
  set /p IW_STORED_SIZE=<"%IW_ARCHIVE%.size"
  for %%A in ("%IW_ARCHIVE%") do set "IW_SIZE=%%~zA"
)
if defined IW_STORED_KEY if "%IW_STORED_KEY%"=="%IW_KEY%" if "%IW_STORED_SIZE%"=="%IW_SIZE%" set "IW_WHOLE=yes"
if defined IW_WHOLE (
  "%IW_JAVA%" %IW_OPTIONS% %IW_QUIET% -XX:SharedArchiveFile="%IW_ARCHIVE%" -XX:+VerifySharedSpaces -Xshare:auto -Dinnovatiewijzer.command="%IW_COMMAND%" %INNOVATIEWIJZER_JAVA_OPTIONS% -jar "%IW_JAR%" %*
  exit /b %ERRORLEVEL%
)

rem no archive that can be trusted: this run makes one as it ends
del /q "%IW_ARCHIVE%" "%IW_ARCHIVE%.key" "%IW_ARCHIVE%.size" 2>nul
set "IW_MAKING=%IW_FOLDER%\making-%RANDOM%%RANDOM%.jsa"
"%IW_JAVA%" %IW_OPTIONS% %IW_QUIET% -XX:ArchiveClassesAtExit="%IW_MAKING%" -Dinnovatiewijzer.command="%IW_COMMAND%" %INNOVATIEWIJZER_JAVA_OPTIONS% -jar "%IW_JAR%" %*
set "IW_CODE=%ERRORLEVEL%"
if "%IW_CODE%"=="0" if exist "%IW_MAKING%" (
  move /y "%IW_MAKING%" "%IW_ARCHIVE%" >nul 2>nul
  for %%A in ("%IW_ARCHIVE%") do (echo %%~zA)>"%IW_ARCHIVE%.size"
  (echo %IW_KEY%)>"%IW_ARCHIVE%.key"
)
del /q "%IW_MAKING%" 2>nul
exit /b %IW_CODE%

:plain
"%IW_JAVA%" %IW_OPTIONS% -Dinnovatiewijzer.command="%IW_COMMAND%" %INNOVATIEWIJZER_JAVA_OPTIONS% -jar "%IW_JAR%" %*
exit /b %ERRORLEVEL%
