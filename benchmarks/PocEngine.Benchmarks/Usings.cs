// The benchmarks use the library through its public namespaces.
global using PocEngine.Reloading;
global using PocEngine.Rules;
