import CapplanCommands

@main
struct Entrypoint {
    static func main() async {
    }
}
