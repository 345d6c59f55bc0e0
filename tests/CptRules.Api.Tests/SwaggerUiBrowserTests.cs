using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CptRules.Api.Tests;

/// <summary>Swagger UI as a developer uses it: a real browser against the service on a real port.</summary>
public class SwaggerUiBrowserTests
{
    [ChromiumFact]
    public async Task Try_it_out_on_validate_executes_the_example_and_shows_the_report()
    {
        using var app = new CptRulesApplication();
        var baseAddress = app.StartOnKestrel();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumFactAttribute.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(baseAddress, "/swagger").ToString());
        var validate = page.Locator("#operations-Validation-ValidateClaim");
        await validate.Locator(".opblock-summary").ClickAsync();
        await validate.GetByRole(AriaRole.Button, new() { Name = "Try it out" }).ClickAsync();
        await validate.GetByRole(AriaRole.Button, new() { Name = "Execute" }).ClickAsync();

        var response = validate.Locator(".live-responses-table .response");
        await Expect(response.Locator(".response-col_status")).ToHaveTextAsync("200");
        await Expect(response.Locator(".response-col_description")).ToContainTextAsync("\"claimId\": \"CLM-0001\"");
        await Expect(response.Locator(".response-col_description")).ToContainTextAsync("\"outcome\": \"pass\"");
    }
}
