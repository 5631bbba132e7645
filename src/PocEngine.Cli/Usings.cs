// The tool uses the library as any consumer does, through its public namespaces.
global using PocEngine.Reloading;
global using PocEngine.Rules;
