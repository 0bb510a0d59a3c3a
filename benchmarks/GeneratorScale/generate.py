"""Writes a synthetic function project: 100 [LambdaHandler] methods over 300 types, for measuring the generator,
and a service layer of 500 async methods the handlers call, for measuring the handler-code analyzers.

Usage: python3 generate.py OUTPUT_DIR REPO_ROOT [HANDLERS SERVICE_CLASSES]
(defaults: 100 handlers and 50 service classes of 10 methods; issue 4's analyzer benchmark uses 50 handlers and 195
service classes: 2,000 methods with bodies)
Each handler reads one event type and returns one result type; every type has a mix of primitives, a nested
object, a list and a dictionary, so the serializer graph is realistic (300 distinct object types). Each service
method loops over constant delays and calls two others, so the call graph the analyzers walk is one connected
component of 500 methods with cycles, reached from every handler."""
import os
import sys

out, root = sys.argv[1], sys.argv[2]
handlers = int(sys.argv[3]) if len(sys.argv) > 3 else 100
services = int(sys.argv[4]) if len(sys.argv) > 4 else 50
os.makedirs(out, exist_ok=True)
with open(os.path.join(out, "Scale.csproj"), "w") as f:
    f.write(f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <!-- What the HandlerSdk package's buildTransitive props bring to a consumer. -->
  <Import Project="{root}/src/HandlerSdk/buildTransitive/HandlerSdk.props" />
  <ItemGroup>
    <ProjectReference Include="{root}/src/HandlerSdk/HandlerSdk.csproj" />
    <ProjectReference Include="{root}/src/HandlerSdk.Generators/HandlerSdk.Generators.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="{root}/src/HandlerSdk.Analyzers/HandlerSdk.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
  <!-- And its targets, which hand the analysis mode to the compiler of command-line builds. -->
  <Import Project="{root}/src/HandlerSdk/buildTransitive/HandlerSdk.targets" />
</Project>
""")

types = []
for t in range(300):
    nested = f"Type{(t + 1) % 300}" if t % 3 == 0 else None
    members = [
        f"public string Name{t} {{ get; init; }} = \"\";",
        f"public int Count{t} {{ get; set; }}",
        f"public decimal Amount{t} {{ get; set; }}",
        f"public DateTimeOffset When{t} {{ get; set; }}",
        f"public List<string> Tags{t} {{ get; set; }} = [];",
        f"public Dictionary<string, int> Scores{t} {{ get; set; }} = [];",
        f"public Kind{t % 10}? Kind {{ get; set; }}",
    ]
    if nested:
        members.append(f"public {nested}? Next {{ get; set; }}")
    types.append(f"public sealed class Type{t}\n{{\n    " + "\n    ".join(members) + "\n}\n")

with open(os.path.join(out, "Types.cs"), "w") as f:
    f.write("namespace Scale;\n\n")
    for k in range(10):
        f.write(f"public enum Kind{k} {{ A, B, C }}\n\n")
    f.write("\n".join(types))

with open(os.path.join(out, "Handlers.cs"), "w") as f:
    f.write("using HandlerSdk;\n\nnamespace Scale;\n\npublic static class Handlers\n{\n")
    for h in range(handlers):
        f.write(f"    [LambdaHandler] public static async Task<Type{(h * 3 + 1) % 300}> Handle{h}(Type{h * 3} input, ILambdaContext context)\n")
        f.write(f"    {{\n        await Service{h % services}.Step0Async(input.Count{h * 3});\n        return new Type{(h * 3 + 1) % 300}();\n    }}\n")
    f.write("}\n")

with open(os.path.join(out, "Unrelated.cs"), "w") as f:
    f.write("namespace Scale;\n\npublic static class Unrelated\n{\n    public static int Value() => 1;\n}\n")

with open(os.path.join(out, "Services.cs"), "w") as f:
    f.write("namespace Scale;\n\n")
    for i in range(services):
        f.write(f"public static class Service{i}\n{{\n")
        for j in range(10):
            f.write(f"    public static async Task<int> Step{j}Async(int n)\n    {{\n")
            f.write("        for (var k = 0; k < 3; k++) { await Task.Delay(10); }\n")
            f.write("        if (n > 100) return n;\n")
            f.write(f"        return await Service{(i + 1) % services}.Step{(j + 1) % 10}Async(n + 1) + await Service{(i * 7 + 3) % services}.Step{(j + 3) % 10}Async(n + 2);\n")
            f.write("    }\n")
        f.write("}\n\n")
