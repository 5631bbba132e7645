using System;

namespace PocEngine;

/// <summary>Serves as the base of every exception that PocEngine throws on purpose.</summary>
public abstract class PocEngineException : Exception
{
    /// <summary>Initializes the exception with a message.</summary>
    /// <param name="message">One invariant-culture sentence saying what went wrong.</param>
    protected PocEngineException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes the exception with a message and its cause.</summary>
    /// <param name="message">One invariant-culture sentence saying what went wrong.</param>
    /// <param name="innerException">The exception that caused this one.</param>
    protected PocEngineException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
