#!/usr/bin/env bash
# README's "Install" steps as written there (ReadmeTests holds the README's blocks to the regions below), run by .ci/run
# in an empty folder outside the clone, as a new user would on a fresh machine: pack the library and the tool into
# ./packages, name that folder in a nuget.config, add the package to a new console app and run the quick start, then
# install the tool globally from the folder and calculate the sample cases with it.
#
#   POC_CLONE=/path/to/PocEngine bash /path/to/PocEngine/samples/install/install.sh    (in an empty folder)
#
# .ci/run sets DOTNET_CLI_HOME and NUGET_PACKAGES to empty folders of its own, so that the global tool lands there and
# neither a tool nor a cached package of the same version from an earlier run is used instead.
set -euo pipefail
: "${POC_CLONE:?set POC_CLONE to the folder of a PocEngine clone}"
[ -z "$(ls -A)" ] || { echo "install.sh runs in an empty folder; $PWD is not empty" >&2; exit 2; }
fail() { echo "install.sh: $1" >&2; exit 1; }

# "Your project": a new console app.
dotnet new console --name PocConsumer --output . >/dev/null

# begin-snippet: install-pack
dotnet pack "$POC_CLONE/src/PocEngine" -c Release -o packages
dotnet pack "$POC_CLONE/src/PocEngine.Cli" -c Release -o packages
# end-snippet

cp "$POC_CLONE/samples/install/nuget.config" nuget.config

# begin-snippet: install-package
dotnet add package PocEngine --prerelease
# end-snippet

cat > Program.cs <<'CS'
using PocEngine;

var calculator = new PocCalculator(RuleSet.Default);
var result = calculator.Calculate(new DefendantCase(new DateOnly(2024, 5, 1), FinalisationKind.Conviction, [new Charge("TH68023"), new Charge("OF61102")]));
Console.WriteLine($"{result.Category!.Id} {result.PrincipalCharge!.Code} {result.DecidedBy}");
CS
ran=$(dotnet run)
[ "$ran" = "robbery TH68023 ModeOfTrial" ] || fail "the console app printed '$ran', not 'robbery TH68023 ModeOfTrial'"
grep -q 'Include="PocEngine" Version="1.0.0-rc.1"' PocConsumer.csproj || fail "PocConsumer.csproj does not reference PocEngine 1.0.0-rc.1"

export PATH="${DOTNET_CLI_HOME:-$HOME}/.dotnet/tools:$PATH"
# begin-snippet: install-tool
dotnet tool install -g PocEngine.Cli --prerelease --add-source ./packages
poc --version
poc calculate --input "$POC_CLONE/samples/cases/cases.jsonl" --output results.jsonl
# end-snippet

[ "$(wc -l < results.jsonl)" -eq "$(wc -l < "$POC_CLONE/samples/cases/cases.jsonl")" ] || fail "poc calculate did not write a result per case"
[ "$(command -v poc)" = "${DOTNET_CLI_HOME:-$HOME}/.dotnet/tools/poc" ] || fail "the poc on PATH is not the one just installed"
echo "install.sh: the README's install steps work: package added and run, tool installed and calculated $(wc -l < results.jsonl) cases"
