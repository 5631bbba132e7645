// The library's own code reads the rule model and the reloading types wherever it needs them; the public API keeps
// them in namespaces of their own, so that a CMS developer's calculation surface (PocEngine) stands apart.
global using PocEngine.Reloading;
global using PocEngine.Rules;
