/** Page frame: skip link, header with navigation for the signed-in role, and the main landmark. */
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { useAppContext } from '../lib/app-context';

export function Layout() {
  const { session, signOut } = useAppContext();
  const navigate = useNavigate();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link to="/" className="brand">
          GrantFit
        </Link>
        <nav aria-label="Main">
          <NavLink to="/calls">Open calls</NavLink>
          {session?.roles.includes('association') && <NavLink to="/association/calls">Your calls</NavLink>}
          {session?.roles.includes('sme') && <NavLink to="/company">Your company</NavLink>}
          {session?.roles.includes('sme') && <NavLink to="/plans">Your plans</NavLink>}
          {session?.roles.includes('sme') && <NavLink to="/applications">Your applications</NavLink>}
          {session?.roles.includes('consultant') && <NavLink to="/reviews">Reviews</NavLink>}
        </nav>
        <div className="account">
          {session ? (
            <>
              <span>{session.email}</span>
              <button
                type="button"
                onClick={() => {
                  signOut();
                  navigate('/calls');
                }}
              >
                Sign out
              </button>
            </>
          ) : (
            <NavLink to="/sign-in">Sign in</NavLink>
          )}
        </div>
      </header>
      <main id="main">
        <Outlet />
      </main>
    </>
  );
}
