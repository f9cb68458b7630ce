import ArgumentParser

/// The `steadfast` command: a thin shell over the libraries, one file per subcommand.
@main
struct Steadfast: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "steadfast",
        abstract: "Measure how reliable great powers are as allies, from evidence.",
        discussion: """
            The ledger lives in an SQLite file or a PostgreSQL database (--database or STEADFAST_DATABASE: \
            a path, or postgres://user:password@host:5432/database; default \
            ~/.local/share/steadfast/steadfast.sqlite). The built-in case base is loaded on first use and \
            reloaded whenever it changes. Exit codes: 0 success, 1 error or problems found, 64 bad usage.
            """,
        version: "0.1.0",
        subcommands: [
            ReportCommand.self, PatronCommand.self, TestCommand.self, CompareCommand.self, ExportCommand.self,
            CheckCommand.self, ImportCommand.self, CodeCommand.self, EvalCommand.self, BenchCommand.self,
            IngestCommand.self, ReviewCommand.self, EventsCommand.self,
            EvalPetrCommand.self, ServeCommand.self, TokenCommand.self, AuditCommand.self,
        ]
    )
}
