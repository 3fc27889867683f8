print("driehoek")
