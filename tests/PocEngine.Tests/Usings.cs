// The tests reach every public namespace of the library.
global using PocEngine.Reloading;
global using PocEngine.Rules;
