using Arshjul.Cli;

MachineCulture.UseInvariant(Console.Error);

// Questions only for a person at a terminal: with input or output redirected (a script, CI), commands take their defaults.
var terminal = Console.IsInputRedirected || Console.IsOutputRedirected ? null : Console.In;
return CliApp.Run(args, Console.Out, Console.Error, terminal);
