using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace CptRules.Api.Security;

public sealed class ApiKeyAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>SHA-256 of each configured key; never the keys themselves.</summary>
    public IReadOnlyList<byte[]> KeyHashes { get; set; } = [];
}

/// <summary>
/// Authenticates the <c>X-Api-Key</c> header and answers a missing or wrong key with a 401 problem. The principal
/// is named after the key's position in configuration (<c>api-key-1</c>), so that clients can be told apart
/// without anything downstream holding a key's value.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<ApiKeyAuthenticationOptions> options, ILoggerFactory logger, UrlEncoder encoder, IProblemDetailsService problems)
    : AuthenticationHandler<ApiKeyAuthenticationOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var values = Request.Headers[ApiKeyAuthentication.HeaderName];
        if (values.Count == 0)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var presented = SHA256.HashData(Encoding.UTF8.GetBytes(values.ToString()));
        var match = -1;

        // Every key is compared, so the time taken does not tell how many keys there are or which one came close.
        for (var i = 0; i < Options.KeyHashes.Count; i++)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, Options.KeyHashes[i]))
            {
                match = i;
            }
        }

        if (values.Count > 1 || match < 0)
        {
            return Task.FromResult(AuthenticateResult.Fail("The X-Api-Key header does not hold one valid API key."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, $"api-key-{match + 1}")], Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var presented = Request.Headers.ContainsKey(ApiKeyAuthentication.HeaderName);
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{ApiKeyAuthentication.Scheme} header=\"{ApiKeyAuthentication.HeaderName}\"";
        await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status401Unauthorized,
                Title = presented ? "The API key is not valid." : "An API key is required.",
                Detail = presented
                    ? $"The {ApiKeyAuthentication.HeaderName} header does not hold a key this service accepts."
                    : $"Send the API key issued to you in the {ApiKeyAuthentication.HeaderName} header.",
            },
        });
    }
}
