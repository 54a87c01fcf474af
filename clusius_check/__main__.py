from clusius_check.cli import main

main()
