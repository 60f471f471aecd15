using Arshjul.Cli;

MachineCulture.UseInvariant(Console.Error);
return CliApp.Run(args, Console.Out, Console.Error);
