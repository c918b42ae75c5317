package xyz.pushpad.client;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Iterator over the items of a paginated list that fetches a page only when the items before it are used up, so it
 * keeps one page in memory.
 *
 * <p>The iteration ends after an empty page or a page shorter than a full one. A full page has the requested page
 * size when the caller knows it. Otherwise the size of the first page is taken as the page size. That is exact unless
 * the first page is also the last, which then costs one more request for an empty page.
 */
final class PageIterator<T> implements Iterator<T> {

	private final IntFunction<List<T>> pageFetcher;

	private int fullPageSize;

	private int nextPage = 1;

	private Iterator<T> items = Collections.emptyIterator();

	private boolean lastPageFetched;

	/**
	 * Creates an iterator.
	 * @param pageFetcher function that fetches a page by its number, starting at 1
	 * @param pageSize number of items in a full page, or 0 when the server chooses it
	 */
	PageIterator(IntFunction<List<T>> pageFetcher, int pageSize) {
		this.pageFetcher = pageFetcher;
		this.fullPageSize = pageSize;
	}

	/**
	 * Returns a sequential, lazy stream over the items of all pages.
	 */
	static <T> Stream<T> stream(IntFunction<List<T>> pageFetcher, int pageSize) {
		Iterator<T> iterator = new PageIterator<>(pageFetcher, pageSize);
		return StreamSupport.stream(
				Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
	}

	@Override
	public boolean hasNext() {
		while (!this.items.hasNext()) {
			if (this.lastPageFetched) {
				return false;
			}
			fetchNextPage();
		}
		return true;
	}

	@Override
	public T next() {
		if (!hasNext()) {
			throw new NoSuchElementException("No item after page " + (this.nextPage - 1));
		}
		return this.items.next();
	}

	private void fetchNextPage() {
		List<T> page = this.pageFetcher.apply(this.nextPage);
		if (this.fullPageSize <= 0) {
			this.fullPageSize = page.size();
		}
		this.nextPage++;
		this.lastPageFetched = page.isEmpty() || page.size() < this.fullPageSize;
		this.items = page.iterator();
	}

}
