// Moving between screens: the hash is the route; going to the current one renders it again.

export function go(hash) {
  if (location.hash === hash) window.dispatchEvent(new CustomEvent('gongkai:route'));
  else location.hash = hash;
}
