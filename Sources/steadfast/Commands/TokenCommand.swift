import ArgumentParser
import Foundation
import SteadfastServer
import SteadfastStore

/// `steadfast token`: the server's bearer tokens; only their SHA-256 hashes are stored.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Create, list and revoke the server's bearer tokens.",
        subcommands: [TokenCreateCommand.self, TokenListCommand.self, TokenRevokeCommand.self])

    /// Who the audit trail names for changes made from the command line.
    static var actor: String {
        "cli:" + (ProcessInfo.processInfo.environment["USER"] ?? NSUserName())
    }

    static func withStore<Result>(_ options: LedgerOptions, _ body: (SQLLedgerStore) async throws -> Result)
        async throws -> Result
    {
        let (store, _) = try await Session.open(try options.configuration())
        do {
            let result = try await body(store)
            await store.close()
            return result
        } catch {
            await store.close()
            throw error
        }
    }
}

/// `steadfast token create --role analyst --name NAME`.
struct TokenCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create", abstract: "Create a token and print it once; only its hash is stored.")

    @OptionGroup var options: LedgerOptions
    @Option(help: "viewer (read), analyst (ingest, review) or admin (edit commitments, manage tokens).")
    var role: Account.Role
    @Option(help: "A name for the token, shown in the audit trail.") var name: String

    func run() async throws {
        let (account, token) = try await TokenCommand.withStore(options) { store in
            try await TokenIssuer.create(name: name, role: role, in: store, actor: TokenCommand.actor)
        }
        print(token)
        FileHandle.standardError.write(
            Data("token '\(account.name)' (\(account.role.rawValue)) created; it is shown only this once\n".utf8))
    }
}

/// `steadfast token list`.
struct TokenListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List tokens (never the tokens).")

    @OptionGroup var options: LedgerOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        let accounts = try await TokenCommand.withStore(options) { try await $0.accounts() }
        guard format == .table else {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.dateEncodingStrategy = .iso8601
            print(String(decoding: try encoder.encode(accounts), as: UTF8.self))
            return
        }
        let formatter = ISO8601DateFormatter()
        var table = TextTable([("name", .left), ("role", .left), ("created", .left), ("revoked", .left)])
        for account in accounts {
            table.add([
                account.name, account.role.rawValue, formatter.string(from: account.createdAt),
                account.revokedAt.map(formatter.string) ?? "",
            ])
        }
        print(accounts.isEmpty ? "no tokens" : table.render())
    }
}

/// `steadfast token revoke NAME`.
struct TokenRevokeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke a token.")

    @OptionGroup var options: LedgerOptions
    @Argument(help: "The token's name.") var name: String

    func run() async throws {
        let account = try await TokenCommand.withStore(options) { store in
            try await store.revokeToken(name: name, actor: TokenCommand.actor)
        }
        print("token '\(account.name)' revoked")
    }
}

extension Account.Role: ExpressibleByArgument {}
