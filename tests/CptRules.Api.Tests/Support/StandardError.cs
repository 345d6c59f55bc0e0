namespace CptRules.Api.Tests.Support;

/// <summary>Tests that read what start-up writes to standard error, which is one per process: they never run in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StandardError
{
    public const string Name = "Standard error";

    public static (Exception? Exception, string Message) Capture(Action action)
    {
        var original = Console.Error;
        using var captured = new StringWriter();
        Console.SetError(captured);
        try
        {
            return (Record.Exception(action), captured.ToString());
        }
        finally
        {
            Console.SetError(original);
        }
    }
}
