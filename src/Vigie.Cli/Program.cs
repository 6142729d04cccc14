using System.Text;
using Vigie.Cli.Infrastructure;

Console.OutputEncoding = Encoding.UTF8;
return await VigieApp.Create().RunAsync(args).ConfigureAwait(false);
