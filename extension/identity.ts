/**
 * The extension's fixed identity. Chrome derives an extension's id from the
 * manifest's public `key`, so pinning the key pins the id, and the team server
 * can admit exactly this origin in CORS. (The private key is not needed to
 * load or sideload the extension; stores re-sign on upload.)
 * Firefox gives every installation its own random moz-extension:// UUID, so the
 * server admits moz-extension origins by scheme, with the gecko id below.
 */
export const CHROME_EXTENSION_ID = 'mkkmipeejogggllimfmbjlgglgbkaaai';
export const CHROME_MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAxvyQgd+1Yu6fb7yxhOGRHpvEWS2tef58KP+64JOf6xdJCzmY+HEVpOzy3u60zS6LzMhp1Jmwa73tsyp1fbulu0FaaACKSJ4VgcveCW8R+DVF9QmxOMG5iNPr3jOu7flVUQ4LGNgoNSKBs1re85+IxzzWsv2Yglo4BFOtH/zhrTAmRtB1eP2M7AwXn829ujCoIa+GgDDtV3R/8PDmNxqt+Dudonp7aKBungijco9p8JIcDIp7tzf3/tbJ9dyqWbSXHT+9Dn89CawFvms/QLbpuFqVbaTjFKV4LI4h46fCJsoST6uTgPFiJPse0jJhmvjudOhl4J4couDvW74Nk3MvKwIDAQAB';
export const GECKO_ID = 'cigd-assistente@cigd.example';
export const EXTENSION_ORIGIN_PATTERNS = [`chrome-extension://mkkmipeejogggllimfmbjlgglgbkaaai`, 'moz-extension://*'];
