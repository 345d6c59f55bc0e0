using Microsoft.Extensions.DependencyInjection;
using Serilog;

namespace CptRules.Api.Tests.Support;

/// <summary>
/// Makes POST /validate fail after the claim has been read and validated, as a bug in the service would: the
/// endpoint's diagnostic context throws for the claim ID <see cref="ClaimId"/>. Tests only; nothing ships that throws.
/// </summary>
public sealed class FailingService : IDiagnosticContext
{
    public const string ClaimId = "CLM-FAIL";

    /// <summary>The exception's own message, which must never reach a client.</summary>
    public const string Secret = "Simulated defect in the service";

    public static void Install(IServiceCollection services) => services.AddSingleton<IDiagnosticContext, FailingService>();

    public void Set(string propertyName, object? value, bool destructureObjects = false)
    {
        if (value is ClaimId)
        {
            throw new InvalidOperationException(Secret);
        }
    }

    public void SetException(Exception exception)
    {
    }
}
