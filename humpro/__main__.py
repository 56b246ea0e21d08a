from humpro.cli import main

raise SystemExit(main())
