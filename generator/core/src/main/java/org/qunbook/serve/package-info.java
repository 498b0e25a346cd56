/** Previewing a built site over HTTP, safely: loopback by default, nothing outside the site folder. */
package org.qunbook.serve;
