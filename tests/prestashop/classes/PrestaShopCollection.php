<?php
/**
 * PrestaShop's PrestaShopCollection for the calls the double and the module make: where() with
 * =, !=, <>, IN on one class' table, then iteration, count(), array access, getFirst() and
 * getResults(). Rows are loaded on first use, ordered by primary key.
 */
class PrestaShopCollection implements Iterator, ArrayAccess, Countable
{
    protected $classname;
    protected $id_lang;
    protected $conditions = [];
    protected $results;
    protected $position = 0;

    public function __construct($classname, $id_lang = null)
    {
        $this->classname = $classname;
        $this->id_lang = $id_lang;
    }

    public function where($field, $operator, $value)
    {
        $operator = strtoupper(trim($operator));
        if ($operator === 'IN') {
            $list = implode(', ', array_map(static fn ($item) => "'" . pSQL((string) $item) . "'", (array) $value));
            $this->conditions[] = '`' . bqSQL($field) . '` IN (' . ($list ?: 'NULL') . ')';
        } elseif (in_array($operator, ['=', '!=', '<>', '<', '>', '<=', '>='], true)) {
            $this->conditions[] = '`' . bqSQL($field) . '` ' . $operator . " '" . pSQL((string) $value) . "'";
        } else {
            throw new PrestaShopException('Operator not supported by the double\'s PrestaShopCollection: ' . $operator);
        }
        $this->results = null;

        return $this;
    }

    public function getResults()
    {
        if ($this->results === null) {
            $definition = ($this->classname)::$definition;
            $rows = Db::getInstance()->executeS('SELECT `' . $definition['primary'] . '` AS id FROM `' . _DB_PREFIX_ . $definition['table'] . '`'
                . ($this->conditions ? ' WHERE ' . implode(' AND ', $this->conditions) : '')
                . ' ORDER BY `' . $definition['primary'] . '`') ?: [];
            $this->results = array_map(fn (array $row) => new $this->classname((int) $row['id'], $this->id_lang), $rows);
        }

        return $this->results;
    }

    public function getFirst()
    {
        return $this->getResults()[0] ?? false;
    }

    public function getLast()
    {
        $results = $this->getResults();

        return $results ? end($results) : false;
    }

    public function count(): int
    {
        return count($this->getResults());
    }

    public function current(): mixed
    {
        return $this->getResults()[$this->position] ?? null;
    }

    public function key(): mixed
    {
        return $this->position;
    }

    public function next(): void
    {
        ++$this->position;
    }

    public function rewind(): void
    {
        $this->position = 0;
    }

    public function valid(): bool
    {
        return isset($this->getResults()[$this->position]);
    }

    public function offsetExists($offset): bool
    {
        return isset($this->getResults()[$offset]);
    }

    public function offsetGet($offset): mixed
    {
        return $this->getResults()[$offset] ?? null;
    }

    public function offsetSet($offset, $value): void
    {
        $this->getResults();
        if ($offset === null) {
            $this->results[] = $value;
        } else {
            $this->results[$offset] = $value;
        }
    }

    public function offsetUnset($offset): void
    {
        $this->getResults();
        unset($this->results[$offset]);
        $this->results = array_values($this->results);
    }
}
