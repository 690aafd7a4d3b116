# A NameError for a name that is defined nowhere.
def report(rows):
    for r in rows:
        print("row", r)
    print("summary", summary_table_of_results)

report([1, 2])
