/** The write stage: staging the site next to the output folder and swapping it in atomically. */
package org.qunbook.write;
