namespace Arshjul.Cli.Scaffolding;

/// <summary>
/// The CI files `arshjul init` writes, so a new site publishes itself on GitHub Pages or GitLab Pages.
/// Both fetch the whole git history (calendar SEQUENCE comes from commit times; a shallow clone warns),
/// install the same version of the tool that made the site, build with --check-links, and rebuild every
/// day: "upcoming", "past" and the wheel's "today" are fixed when the site is built.
/// </summary>
internal static class HostingWorkflows
{
    public const string GitHubPath = ".github/workflows/pages.yml";

    public const string GitLabPath = ".gitlab-ci.yml";

    public static string GitHub(string toolVersion) => $$$"""
        # Builds the site and publishes it on GitHub Pages.
        # Turn it on once: Settings → Pages → Build and deployment → Source: GitHub Actions.
        name: Publish the site

        on:
          push:
            branches: [main]
          # Every morning, so "upcoming" and the wheel's "today" stay true (they are fixed when the site is built).
          schedule:
            - cron: "17 3 * * *"
          workflow_dispatch:

        permissions:
          contents: read
          pages: write
          id-token: write

        concurrency:
          group: pages
          cancel-in-progress: false

        env:
          ARSHJUL_VERSION: "{{{toolVersion}}}"

        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
                with:
                  # The whole history: calendar updates (SEQUENCE) come from the commit times of each file.
                  fetch-depth: 0
              - uses: actions/setup-dotnet@v4
                with:
                  dotnet-version: "10.0.x"
              - name: Install Arshjul
                run: dotnet tool install --global Arshjul --version "$ARSHJUL_VERSION"
              - id: pages
                uses: actions/configure-pages@v5
              - name: Build
                # The address GitHub Pages serves the site at (your own domain too, once set in Settings → Pages), ending in one '/'.
                run: |
                  base_url="${{ steps.pages.outputs.base_url }}"
                  arshjul build --check-links --base-url "${base_url%/}/"
              - uses: actions/upload-pages-artifact@v3
                with:
                  path: public

          deploy:
            needs: build
            runs-on: ubuntu-latest
            environment:
              name: github-pages
              url: ${{ steps.deployment.outputs.page_url }}
            steps:
              - id: deployment
                uses: actions/deploy-pages@v4

        """;

    public static string GitLab(string toolVersion) => $$$"""
        # Builds the site and publishes it on GitLab Pages (Deploy → Pages shows its address).
        # For the daily rebuild, add a schedule once: Build → Pipeline schedules → New schedule,
        # interval "17 3 * * *", on the default branch. "Upcoming" and the wheel's "today" are
        # fixed when the site is built, so it must be rebuilt every day to stay true.

        pages:
          image: mcr.microsoft.com/dotnet/sdk:10.0
          variables:
            # The whole history: calendar updates (SEQUENCE) come from the commit times of each file.
            GIT_DEPTH: 0
            ARSHJUL_VERSION: "{{{toolVersion}}}"
          script:
            - dotnet tool install --global Arshjul --version "$ARSHJUL_VERSION"
            - export PATH="$PATH:$HOME/.dotnet/tools"
            - arshjul build --check-links --base-url "${CI_PAGES_URL%/}/"
          artifacts:
            paths:
              - public
          rules:
            - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH

        """;
}
