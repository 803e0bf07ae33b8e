from ecplanner.cli import main

raise SystemExit(main())
