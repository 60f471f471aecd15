using Arshjul.Site.Bench.Generation;
var site = SiteGenerator.Write(args[0], int.Parse(args[1]), int.Parse(args[2]), int.Parse(args[3]));
Console.WriteLine(site);
