import ArgumentParser
import Foundation
import Logging
import SteadfastServer
import SteadfastStore

/// `steadfast serve`: the JSON API (and pages) over HTTP, on the same ledger as the other commands.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the ledger over HTTP: the JSON API under /api, its OpenAPI description at /openapi.json.",
        discussion: """
            Reads are open unless --read-access token; ingesting and reviewing need an analyst token, editing \
            commitments and managing tokens an admin token (see `steadfast token create`). Stop with Ctrl-C.
            """)

    @OptionGroup var options: LedgerOptions
    @Option(help: "The address to listen on.") var host = "127.0.0.1"
    @Option(help: "The port to listen on (0 picks a free one).") var port = 8080
    @Option(name: .customLong("max-body"), help: "The largest request body accepted, e.g. 1mb, 512kb.")
    var maxBody = "1mb"
    @Option(name: .customLong("read-access"), help: "open (anyone reads) or token (reads need a viewer token).")
    var readAccess = "open"

    func run() async throws {
        guard let bytes = ServerConfiguration.bytes(maxBody) else {
            throw ValidationError("--max-body: '\(maxBody)' is not a size such as 1mb or 512kb")
        }
        guard let access = ServerConfiguration.ReadAccess(rawValue: readAccess) else {
            throw ValidationError("--read-access: '\(readAccess)' is not open or token")
        }
        let session = try options.configuration()
        let (store, caseBase) = try await Session.open(session)
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .info
            return handler
        }
        do {
            let service = try LedgerService(store: store, caseBase: caseBase, rules: session.rules, asOf: session.asOf)
            try await ServerApplication.run(
                service: service,
                configuration: ServerConfiguration(host: host, port: port, maxBodyBytes: bytes, readAccess: access))
        } catch {
            await store.close()
            throw error
        }
        await store.close()
    }
}
