/**
 * The runtime of the generated Retrofit interfaces: OData list values for query parameters and
 * paging through {@code odata.nextLink}. It depends only on Retrofit.
 */
package io.github.batchtask.rest;
